using System.Net;
using System.Text;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Limits;

/// <summary>Each endpoint reads bodies up to its own limit: beyond it a 413 body-too-large naming the limit, before the body is read.</summary>
public sealed class BodyLimitTests : ApiTest
{
    private const long KiB = 1024;
    private const long MiB = 1024 * KiB;

    [Theory]
    [InlineData("PUT", "/v1/hosts/xen-1", 8 * MiB)]
    [InlineData("POST", "/v1/hosts/xen-1/plans", 1 * MiB)]
    [InlineData("POST", "/v1/hosts/xen-1/domains", 1 * MiB)]
    [InlineData("POST", "/v1/placements", 1 * MiB)]
    [InlineData("POST", "/v1/domains/00000000-0000-0000-0000-000000000001/devices", 16 * KiB)]
    [InlineData("POST", "/v1/domains/00000000-0000-0000-0000-000000000001/reboot", 16 * KiB)]
    public async Task Write_BodyOverItsEndpointsLimit_PayloadTooLarge(string method, string path, long limit)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Padded(limit + 1) });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body-too-large");
        problem["limitBytes"]!.GetValue<long>().ShouldBe(limit);
        problem["detail"]!.GetValue<string>().ShouldBe($"This endpoint reads bodies of at most {(limit >= MiB ? $"{limit / MiB} MiB" : $"{limit / KiB} KiB")}.");
    }

    [Fact]
    public async Task Plan_BodyOverAHotplugsLimitButUnderItsOwn_Read()
    {
        // 20 KiB of whitespace around an empty object: too large for a hotplug, not for a plan, so it is read (and found invalid).
        using var response = await Client.PostAsync("/v1/hosts/xen-1/plans", Padded(20 * KiB));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
    }

    [Fact]
    public async Task ImportInventory_FileOverFourMiB_PayloadTooLarge()
    {
        var content = new ByteArrayContent(new byte[(4 * MiB) + 1]);
        content.Headers.ContentType = new("text/plain");

        using var response = await Client.PostAsync("/v1/imports/inventory?format=lspci", content);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body-too-large");
        problem["limitBytes"]!.GetValue<long>().ShouldBe(4 * MiB);
    }

    /// <summary>A JSON object of exactly <paramref name="length"/> bytes: <c>{}</c> padded with spaces.</summary>
    private static StringContent Padded(long length) =>
        new("{" + new string(' ', (int)length - 2) + "}", Encoding.UTF8, "application/json");
}
