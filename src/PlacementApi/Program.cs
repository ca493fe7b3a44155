using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Placement.Api.Domains;
using Placement.Api.Hosting;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Api.Imports;
using Placement.Api.Limits;
using Placement.Api.Memory;
using Placement.Api.Placements;
using Placement.Api.Plans;
using Placement.Api.Security;
using Placement.Api.XlConfig;

// appsettings.json travels with the binaries, so the service reads it wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (DatabaseSettings.Problem(builder.Configuration) is { } configurationProblem)
{
    // One line naming the setting, before anything is built: not a stack trace.
    await Console.Error.WriteLineAsync(configurationProblem);
    return DatabaseSettings.ConfigurationError;
}

builder.AddPlacementLogging();
builder.Services.AddPlacementApi(builder.Configuration);
await using var app = builder.Build();

if (args.Contains(Migrations.Command))
{
    await Migrations.ApplyAsync(app.Services);
    return 0;
}

if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
{
    await Migrations.ApplyOnStartupAsync(app.Services);
}

app.UseRequestLogging();
app.UseHeadAsGet();
app.UseExceptionHandler();
app.UseStatusCodePages();
// Routing here, after HEAD is read as GET; what needs the endpoint (authorization too) comes after it.
app.UseRouting();
// Who calls is known before the limits count per caller (ADR 0025); whether they may is decided after Swagger.
app.UseAuthentication();
app.UseJsonOnlyWrites();
app.UsePlacementLimits();
app.UseSwagger();
app.UseSwaggerUI(options =>
{
    options.DocumentTitle = "Placement Service";
    // Every tag and operation gets a link of its own (/swagger/#/Domains/CreateDomain) to share.
    options.EnableDeepLinking();
});
// After Swagger (its UI and document are open to all) and before the endpoints, which all need a token but /health/*.
app.UseAuthorization();
Authentication.WarnIfUnconfigured(app.Configuration, app.Logger);

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapHosts();
app.MapPlans();
app.MapPlacements();
app.MapPlacedCreate();
app.MapDomains();
app.MapDomainDevices();
app.MapHistory();
app.MapMigrations();
app.MapFragmentation();
app.MapImports();
app.MapXlConfig();

await app.RunAsync();
return 0;
