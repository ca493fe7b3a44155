using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

public sealed class HostSmokeTests : ApiTest
{
    [Fact]
    public async Task Put_NewHost_CreatedAndReadable()
    {
        var put = await Client.PutAsync("/v1/hosts/xen-1", HttpAssertions.Json(Inventories.Laptop()));
        var created = await put.ShouldBeJsonAsync(HttpStatusCode.Created);
        created["generation"]!.GetValue<long>().ShouldBe(1);
        put.Headers.ETag!.Tag.ShouldBe("\"1\"");
        put.Headers.Location!.ToString().ShouldEndWith("/v1/hosts/xen-1");

        var get = await Client.GetAsync("/v1/hosts/xen-1");
        var read = await get.ShouldBeJsonAsync(HttpStatusCode.OK);
        read.ToJsonString().ShouldBe(created.ToJsonString());
    }
}
