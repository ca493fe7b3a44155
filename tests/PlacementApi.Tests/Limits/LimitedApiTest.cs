using Microsoft.AspNetCore.Mvc.Testing;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Limits;

/// <summary>A test of the service with some settings of its own (tiny limits), on a fresh database.</summary>
public abstract class LimitedApiTest(params (string Key, string Value)[] settings) : ApiTest
{
    /// <summary>The service with <c>settings</c> over the factory's; disposed with the test's factory.</summary>
    protected WebApplicationFactory<Program> Limited { get; private set; } = null!;

    protected HttpClient LimitedClient { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Limited = Api.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        LimitedClient = Limited.CreateClient();
    }

    public override async Task DisposeAsync()
    {
        LimitedClient.Dispose();
        await Limited.DisposeAsync();
        await base.DisposeAsync();
    }
}
