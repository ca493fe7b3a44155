using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Placement.Api.Domains;
using Placement.Api.Hosting;
using Placement.Api.Hosts;
using Placement.Api.Imports;
using Placement.Api.Memory;
using Placement.Api.Placements;
using Placement.Api.Plans;
using Placement.Api.Security;
using Placement.Api.XlConfig;

// appsettings.json travels with the binaries, so the service reads it wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddPlacementLogging();
builder.Services.AddPlacementApi(builder.Configuration);
await using var app = builder.Build();

if (args.Contains(Migrations.Command))
{
    await Migrations.ApplyAsync(app.Services);
    return;
}

if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
{
    await Migrations.ApplyAsync(app.Services);
}

app.UseRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSwagger();
app.UseSwaggerUI(options =>
{
    options.DocumentTitle = "Placement Service";
    // Every tag and operation gets a link of its own (/swagger/#/Domains/CreateDomain) to share.
    options.EnableDeepLinking();
});
// After Swagger (its UI and document are open to all) and before the endpoints, which all need a token but /health/*.
app.UseAuthentication();
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
