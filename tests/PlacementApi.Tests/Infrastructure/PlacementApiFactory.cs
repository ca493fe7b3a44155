using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Placement.Api.Tests.Contract;
using Placement.TestSupport;

namespace Placement.Api.Tests.Infrastructure;

/// <summary>The real service over HTTP (in memory), on a database of its own and a fake clock.</summary>
public sealed class PlacementApiFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Placement", database.ConnectionString);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}

/// <summary>
/// One fresh database and service per test class instance, i.e. per test: xunit creates the class
/// anew for every test, so no test sees another's hosts.
/// </summary>
public abstract class ApiTest : IAsyncLifetime
{
    private TestDatabase? database;

    protected PlacementApiFactory Api { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestPostgres.CreateDatabaseAsync();
        Api = new PlacementApiFactory(database);
        // Every answer is checked against the service's OpenAPI document (see OpenApiContractHandler).
        Client = Api.CreateDefaultClient(new RedirectHandler(), new OpenApiContractHandler());
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Api.DisposeAsync();
        await database!.DisposeAsync();
    }
}
