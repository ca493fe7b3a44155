using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>Base of the tests of rejected inventories: every rejection is a complete, exact list, and writes nothing.</summary>
public abstract class HostValidationTest : ApiTest
{
    protected const string Host = "xen-1";

    /// <summary>
    /// PUTs <paramref name="document"/> and asserts a 400 validation-failed whose violations are
    /// exactly <paramref name="expected"/> (any order), whose errors name exactly their fields,
    /// and after which the host does not exist. Returns the problem.
    /// </summary>
    protected async Task<JsonObject> ShouldRejectAsync(JsonNode document, params (string Field, string Code)[] expected)
    {
        using var response = await Client.PutHostAsync(Host, document);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe(expected, ignoreOrder: true);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(expected.Select(e => e.Field).Distinct(), ignoreOrder: true);
        await Client.ShouldNotExistAsync(Host);
        return problem;
    }

    /// <summary>The message of the one violation at <paramref name="field"/>.</summary>
    protected static string MessageAt(JsonObject problem, string field) =>
        problem["violations"]!.AsArray().Single(v => v!["field"]!.GetValue<string>() == field)!["message"]!.GetValue<string>();
}
