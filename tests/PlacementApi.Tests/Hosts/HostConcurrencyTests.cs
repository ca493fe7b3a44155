using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>Racing writers over HTTP: one creator, serialized replaces, no lost update through If-Match.</summary>
public sealed class HostConcurrencyTests : ApiTest
{
    [Fact]
    public async Task Put_SixteenParallelUnconditionalPutsOfNewHost_OneCreatedRestReplaced()
    {
        const int writers = 16;

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => PutAsync(ifMatch: null)));

        results.Count(r => r.Status == HttpStatusCode.Created).ShouldBe(1);
        results.Count(r => r.Status == HttpStatusCode.OK).ShouldBe(writers - 1);
        // Every write has a generation of its own (a lost race for the name may leave a gap).
        var generations = results.Select(r => r.Generation).ToList();
        generations.Distinct().Count().ShouldBe(writers);
        results.Single(r => r.Status == HttpStatusCode.Created).Generation.ShouldBe(generations.Min());
        await ShouldBeAtGenerationAsync(generations.Max());
    }

    [Fact]
    public async Task Put_EightParallelPutsWithSameIfMatch_OneReplacedRestPreconditionFailed()
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PutAsync(ifMatch: JsonAssertions.Tag(1))));

        results.Where(r => r.Status == HttpStatusCode.OK).ShouldHaveSingleItem().Generation.ShouldBe(2);
        results.Where(r => r.Status == HttpStatusCode.PreconditionFailed).Select(r => r.Generation).ShouldBe(Enumerable.Repeat(2L, 7));
        await ShouldBeAtGenerationAsync(2);
    }

    /// <summary>
    /// One PUT; checks the body that goes with its status (anything but 200, 201 or 412 fails)
    /// and returns the status with the generation written (or, for 412, met).
    /// </summary>
    private async Task<(HttpStatusCode Status, long Generation)> PutAsync(string? ifMatch)
    {
        using var response = await Client.PutHostAsync("xen-1", Inventories.Laptop(), ifMatch);
        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
            return (response.StatusCode, problem["currentGeneration"]!.GetValue<long>());
        }

        var host = await response.ShouldBeJsonAsync(response.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK);
        var generation = host["generation"]!.GetValue<long>();
        response.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(generation));
        return (response.StatusCode, generation);
    }

    private async Task ShouldBeAtGenerationAsync(long generation)
    {
        using var get = await Client.GetHostAsync("xen-1");
        var host = await get.ShouldBeJsonAsync(HttpStatusCode.OK);
        host["generation"]!.GetValue<long>().ShouldBe(generation);
        get.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(generation));
        host["devices"]!.AsArray().Count.ShouldBe(2);
        host["reservedRegions"]!.AsArray().Count.ShouldBe(2);
    }
}
