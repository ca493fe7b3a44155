using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Domains;

/// <summary>Reading one domain by id.</summary>
public sealed class DomainReadTests : ApiTest
{
    [Theory]
    [InlineData("vm-1")]
    [InlineData("0192f0c1-6e1a-7cc3-9a43")]
    public async Task Get_IdNotUuid_InvalidDomainId(string id)
    {
        using var response = await Client.GetDomainAsync(id);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("id", "invalid-domain-id")]);
    }

    [Fact]
    public async Task Get_UnknownId_DomainNotFound()
    {
        const string Id = "0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4";

        using var response = await Client.GetDomainAsync(Id);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "domain-not-found");
        problem["detail"]!.GetValue<string>().ShouldBe($"There is no domain {Id}.");
    }
}
