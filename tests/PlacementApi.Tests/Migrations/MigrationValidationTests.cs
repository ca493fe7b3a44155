using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Migrations;

/// <summary>Migration and check requests of the wrong shape: 400 validation-failed listing every bad field, before any domain is looked up.</summary>
public sealed class MigrationValidationTests : ApiTest
{
    private const string Id = "0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4";

    [Theory]
    [InlineData("{}", "target:required")]
    [InlineData("""{ "target": "" }""", "target:invalid-host-name")]
    [InlineData("""{ "target": "C_1" }""", "target:invalid-host-name")]
    [InlineData("""{ "target": "c", "devices": [ { "sbdf": "03:00" } ] }""", "devices[0].sbdf:invalid-pci-address")]
    [InlineData("""{ "target": "c", "devices": [ { "sbdf": "03:00.0", "rdmPolicy": "lax" } ] }""", "devices[0].rdmPolicy:invalid-value")]
    [InlineData("""{ "target": "c", "devices": [ { } ] }""", "devices[0].sbdf:required")]
    [InlineData("""{ "target": "c", "devices": [ null ] }""", "devices[0]:required")]
    [InlineData("""{ "target": "c", "devices": [ { "sbdf": "03:00.0" }, { "sbdf": "03:00.0" } ] }""", "devices[1].sbdf:duplicate")]
    [InlineData("""{ "target": "c", "devices": [ { "sbdf": "03:00.0" }, { "sbdf": "0000:03:00.0" } ] }""", "devices[1].sbdf:duplicate")]
    public async Task Migrate_InvalidBody_ValidationFailed(string body, string violations)
    {
        using var response = await Client.MigrateAsync(Id, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        string.Join(" ", problem.Violations().Select(v => $"{v.Field}:{v.Code}")).ShouldBe(violations);
    }

    [Theory]
    [InlineData("""{ "targets": [] }""", "targets:out-of-range")]
    [InlineData("""{ "limit": 0 }""", "limit:out-of-range")]
    [InlineData("""{ "limit": 10001 }""", "limit:out-of-range")]
    [InlineData("""{ "targets": [ null ] }""", "targets[0]:required")]
    [InlineData("""{ "targets": [ { } ] }""", "targets[0].host:required")]
    [InlineData("""{ "targets": [ { "host": "B" } ] }""", "targets[0].host:invalid-host-name")]
    [InlineData("""{ "targets": [ { "host": "b" }, { "host": "b" } ] }""", "targets[1].host:duplicate")]
    [InlineData("""{ "targets": [ { "host": "b", "devices": [ { "sbdf": "3:0.0" }, { "sbdf": "3:0.0" } ] } ] }""", "targets[0].devices[1].sbdf:duplicate")]
    [InlineData("""{ "targets": [ { "host": "b", "devices": [ { "sbdf": "0000:03:0a.0" }, { "sbdf": "03:0A.0" } ] } ] }""", "targets[0].devices[1].sbdf:duplicate")]
    [InlineData("""{ "targets": [ { "host": "b" } ], "limit": 0 }""", "limit:out-of-range")]
    public async Task Check_InvalidBody_ValidationFailed(string body, string violations)
    {
        using var response = await Client.PostMigrationCheckAsync(Id, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        string.Join(" ", problem.Violations().Select(v => $"{v.Field}:{v.Code}")).ShouldBe(violations);
    }

    [Fact]
    public async Task Check_MoreThanAThousandTargets_OutOfRange()
    {
        var targets = string.Join(", ", Enumerable.Range(0, 1001).Select(i => $$"""{ "host": "h{{i}}" }"""));

        using var response = await Client.PostMigrationCheckAsync(Id, $$"""{ "targets": [ {{targets}} ] }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("targets", "out-of-range")]);
    }

    [Fact]
    public async Task MigrateAndCheck_IdNotAUuid_InvalidDomainId()
    {
        using var migrate = await Client.MigrateAsync("vm-1", """{ "target": "c" }""");
        using var check = await Client.PostMigrationCheckAsync("vm-1", "{}");

        (await migrate.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed")).Violations().ShouldBe([("id", "invalid-domain-id")]);
        (await check.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed")).Violations().ShouldBe([("id", "invalid-domain-id")]);
    }

    [Fact]
    public async Task Migrate_OneDeviceSpeltTwoWays_ValidationFailedAndNothingMoved()
    {
        // Attaching it twice would break the one-owner index on every attempt: a 500 rather than a 400.
        var vm = await MigrationHosts.CreateVmOnAAsync(Client);

        using var response = await Client.MigrateAsync(vm.Id(), """{ "target": "c", "devices": [ { "sbdf": "03:00.0" }, { "sbdf": "0000:03:00.0" } ] }""");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed")).Violations().ShouldBe([("devices[1].sbdf", "duplicate")]);
        (await Client.ReadDomainAsync(vm.Id())).ShouldEqualJson(vm);
    }
}
