using Serilog;

namespace Placement.Api.Hosting;

public static class Logging
{
    /// <summary>
    /// Serilog, configured from the <c>Serilog</c> section (see appsettings.json) and from any sink or
    /// enricher registered as a service. Each host keeps a logger of its own (the static one is left
    /// alone), so that several hosts in one process, as in the tests, do not close each other's.
    /// </summary>
    public static void AddPlacementLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                // Last, so that it sees every property: no request text reaches a line raw.
                .Enrich.With<LogEscaping>(),
            preserveStaticLogger: true);

    /// <summary>One structured line per request: method, path, status and duration; the event carries the trace id.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        });
}
