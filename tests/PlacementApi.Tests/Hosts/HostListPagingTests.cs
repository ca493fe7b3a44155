using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>GET /v1/hosts pages: ordered by name (byte order), limit 1-500 (default 50), an opaque cursor, nextCursor null at the end.</summary>
public sealed class HostListPagingTests : ApiTest
{
    [Fact]
    public async Task List_SevenHostsLimitThree_PagesOfThreeThreeOneInNameOrder()
    {
        string[] names = ["m.2", "a1", "z9", "0-node", "a.1", "b", "a-1"];
        await CreateAsync(names);

        var pages = await ReadAllPagesAsync("/v1/hosts?limit=3");

        pages.Select(p => p.Count).ShouldBe([3, 3, 1]);
        pages.SelectMany(p => p).ShouldBe(names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_ExactlyOnePageOfHosts_NextCursorNull()
    {
        await CreateAsync(["h1", "h2", "h3"]);

        var pages = await ReadAllPagesAsync("/v1/hosts?limit=3");

        pages.ShouldHaveSingleItem().ShouldBe(["h1", "h2", "h3"]);
    }

    [Fact]
    public async Task List_NoHosts_EmptyPage()
    {
        using var response = await Client.GetAsync("/v1/hosts");

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(JsonNode.Parse("""{ "items": [], "nextCursor": null }"""));
    }

    [Fact]
    public async Task List_WithoutLimit_FiftyPerPage()
    {
        var names = Enumerable.Range(0, 51).Select(i => $"host-{i:d2}").ToList();
        await CreateAsync(names);

        var pages = await ReadAllPagesAsync("/v1/hosts");

        pages.Select(p => p.Count).ShouldBe([50, 1]);
        pages.SelectMany(p => p).ShouldBe(names);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=-1")]
    public async Task List_LimitOutOfBounds_ValidationFailed(string query)
    {
        using var response = await Client.GetAsync($"/v1/hosts?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("limit", "out-of-range")]);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["limit"]);
    }

    [Fact]
    public async Task List_LimitNotANumber_MalformedRequest()
    {
        using var response = await Client.GetAsync("/v1/hosts?limit=abc");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        problem["detail"]!.GetValue<string>().ShouldContain("limit");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    public async Task List_LimitAtBounds_Ok(int limit)
    {
        await CreateAsync(["h1", "h2"]);

        var pages = await ReadAllPagesAsync($"/v1/hosts?limit={limit}");

        pages.SelectMany(p => p).ShouldBe(["h1", "h2"]);
        pages.Count.ShouldBe(limit == 1 ? 2 : 1);
    }

    [Theory]
    [InlineData("@@@")]
    [InlineData("QmFkX05hbWU")] // a well-formed cursor of "Bad_Name", which no host can be called
    public async Task List_CursorNotIssuedByService_InvalidCursor(string cursor)
    {
        using var response = await Client.GetAsync($"/v1/hosts?cursor={Uri.EscapeDataString(cursor)}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("cursor", "invalid-cursor")]);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["cursor"]);
    }

    private async Task CreateAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            await Client.CreateHostAsync(name, Inventories.Arm());
        }
    }

    /// <summary>Follows nextCursor from <paramref name="first"/> to the end; the names on each page.</summary>
    private async Task<List<List<string>>> ReadAllPagesAsync(string first)
    {
        var pages = new List<List<string>>();
        var separator = first.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        do
        {
            using var response = await Client.GetAsync(cursor is null ? first : $"{first}{separator}cursor={Uri.EscapeDataString(cursor)}");
            var page = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
            page.Select(p => p.Key).ShouldBe(["items", "nextCursor"], ignoreOrder: true);
            pages.Add(page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList());
            cursor = page["nextCursor"]?.GetValue<string>();
            pages.Count.ShouldBeLessThan(100, "the cursor never ends");
        }
        while (cursor is not null);

        return pages;
    }
}
