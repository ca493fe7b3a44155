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
        // The suite races hundreds of requests from one anonymous caller; the limit tests set their own.
        builder.UseSetting("Limits:PermitsPerSecondPerCaller", "100000");
        builder.UseSetting("Limits:BurstPerCaller", "100000");
        builder.UseSetting("Limits:ConcurrentRequests", "1000");
        builder.UseSetting("Limits:QueueLength", "1000");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        // Real tokens, as in production: the tests' own issuer and key (TestTokens mints with it).
        builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", TestTokens.Audience);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", TestTokens.SigningKey);
    }

    /// <summary>Every client starts as an admin (sub test-admin): the tests of what endpoints do are not about who may.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TestTokens.Admin);
    }

    /// <summary>A client whose token holds <paramref name="roles"/>, as <paramref name="caller"/>.</summary>
    public HttpClient ClientAs(string caller, params string[] roles) => ClientWith(TestTokens.For(caller, roles));

    /// <summary>A client sending <paramref name="token"/> (null: no Authorization header at all).</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = token is null ? null : TestTokens.Bearer(token);
        return client;
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

    public virtual async Task InitializeAsync()
    {
        database = await TestPostgres.CreateDatabaseAsync();
        Api = new PlacementApiFactory(database);
        // Every answer is checked against the service's OpenAPI document (see OpenApiContractHandler).
        Client = Api.CreateDefaultClient(new RedirectHandler(), new OpenApiContractHandler());
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Api.DisposeAsync();
        await database!.DisposeAsync();
    }
}
