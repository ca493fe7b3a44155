using System.Net;
using Microsoft.EntityFrameworkCore;
using Placement.Api.Tests.Concurrency;
using Placement.Api.Tests.Infrastructure;
using Placement.TestSupport;

namespace Placement.Api.Tests.Outages;

/// <summary>
/// PostgreSQL stops under a running service, then comes back: every request meanwhile is a 503
/// the client can retry, readiness fails while liveness holds, and the same service recovers by
/// itself with nothing half-written. On a Cluster of its own, since it stops the server.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private const string Database = "placement";

    private PostgresCluster Cluster { get; set; } = null!;
    private PlacementApiFactory Api { get; set; } = null!;
    private HttpClient Client { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = await PostgresCluster.StartNewAsync();
        await Cluster.ExecuteAsync("postgres", $"CREATE DATABASE {Database}");
        var database = new TestDatabase(Cluster.ConnectionString(Database), () => Task.CompletedTask);
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
        }

        Api = new PlacementApiFactory(database);
        Client = Api.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Api.DisposeAsync();
        await Cluster.DisposeAsync();
    }

    [Fact]
    public async Task Requests_DatabaseStoppedThenStarted_ServiceUnavailableThenRecoveredWithNothingHalfWritten()
    {
        // Connections in the pool, and a host to read and create domains on.
        await Client.CreateHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 2));
        (await Client.CreateDomainAsync(RaceHost.Name, RaceHost.Domain("vm-a", RaceHost.Device(0)))).Id().ShouldNotBeNullOrEmpty();

        await Cluster.StopAsync();

        await ShouldBeUnavailableAsync(await Client.GetHostAsync(RaceHost.Name));
        await ShouldBeUnavailableAsync(await Client.PutHostAsync("xen-2", RaceHost.Inventory(devices: 1)));
        await ShouldBeUnavailableAsync(await Client.PostDomainAsync(RaceHost.Name, RaceHost.Domain("vm-b", RaceHost.Device(1))));
        await ShouldBeUnavailableAsync(await Client.ListDomainsAsync());
        (await Client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await Client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Cluster.StartAsync();

        (await Client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var host = await Client.GetHostAsync(RaceHost.Name))
        {
            await host.ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        // The writes attempted during the outage left nothing behind.
        await Client.ShouldNotExistAsync("xen-2");
        (await Client.ListDomainIdsAsync()).Count.ShouldBe(1);
        await Client.CreateHostAsync("xen-2", RaceHost.Inventory(devices: 1));
        await Client.CreateDomainAsync(RaceHost.Name, RaceHost.Domain("vm-b", RaceHost.Device(1)));
    }

    private static async Task ShouldBeUnavailableAsync(HttpResponseMessage response)
    {
        using (response)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "database-unavailable");
            response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
        }
    }
}
