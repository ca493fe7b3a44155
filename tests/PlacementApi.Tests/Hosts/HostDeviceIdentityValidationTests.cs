namespace Placement.Api.Tests.Hosts;

/// <summary>A device's identity: ids of 4 hex digits, class codes of 6, a NUMA node Linux can number, labels as the host's.</summary>
public sealed class HostDeviceIdentityValidationTests : HostValidationTest
{
    [Theory]
    [InlineData("""{ "devices[0].vendorId": "0x10d" }""", "devices[0].vendorId", "invalid-pci-id")]
    [InlineData("""{ "devices[0].vendorId": "0x10de0" }""", "devices[0].vendorId", "invalid-pci-id")]
    [InlineData("""{ "devices[0].vendorId": "10de" }""", "devices[0].vendorId", "invalid-pci-id")]
    [InlineData("""{ "devices[0].vendorId": "" }""", "devices[0].vendorId", "invalid-pci-id")]
    [InlineData("""{ "devices[1].deviceId": "0xZZZZ" }""", "devices[1].deviceId", "invalid-pci-id")]
    [InlineData("""{ "devices[1].deviceId": "0x-20b" }""", "devices[1].deviceId", "invalid-pci-id")]
    [InlineData("""{ "devices[0].classCode": "0x0302" }""", "devices[0].classCode", "invalid-class-code")]
    [InlineData("""{ "devices[0].classCode": "0x03020000" }""", "devices[0].classCode", "invalid-class-code")]
    [InlineData("""{ "devices[0].classCode": "030200" }""", "devices[0].classCode", "invalid-class-code")]
    [InlineData("""{ "devices[0].numaNode": -1 }""", "devices[0].numaNode", "out-of-range")]
    [InlineData("""{ "devices[0].numaNode": 1024 }""", "devices[0].numaNode", "out-of-range")]
    [InlineData("""{ "devices[0].labels": { "bad key": "a100" } }""", "devices[0].labels.bad key", "invalid-label")]
    [InlineData("""{ "devices[0].labels": { "-model": "a100" } }""", "devices[0].labels.-model", "invalid-label")]
    [InlineData("""{ "devices[1].labels": { "model": "a 100" } }""", "devices[1].labels.model", "invalid-label")]
    [InlineData("""{ "devices[1].labels": { "model": null } }""", "devices[1].labels.model", "required")]
    public async Task Put_BadIdentityField_ViolationAtField(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.Laptop().Edited(edits), (field, code));
    }

    [Fact]
    public async Task Put_BadIdMessage_SaysTheNotation()
    {
        var problem = await ShouldRejectAsync(
            Inventories.Laptop().Edited("""{ "devices[0].vendorId": "0x10d", "devices[0].classCode": "0x0302" }"""),
            ("devices[0].vendorId", "invalid-pci-id"),
            ("devices[0].classCode", "invalid-class-code"));

        MessageAt(problem, "devices[0].vendorId").ShouldBe("vendorId must be 0x and 4 hex digits.");
        MessageAt(problem, "devices[0].classCode").ShouldBe("classCode must be 0x and 6 hex digits: class, subclass and programming interface.");
    }

    [Fact]
    public async Task Put_BadLabelOnHostAndDevice_SameCodeAndMessage()
    {
        var problem = await ShouldRejectAsync(
            Inventories.Laptop().Edited("""{ "labels": { "bad key": "r12" }, "devices[0].labels": { "bad key": "a100" } }"""),
            ("labels.bad key", "invalid-label"),
            ("devices[0].labels.bad key", "invalid-label"));

        MessageAt(problem, "devices[0].labels.bad key").ShouldBe(MessageAt(problem, "labels.bad key"));
    }

    [Fact]
    public async Task Put_MissingLabelValueOnHostAndDevice_BothRequired()
    {
        await ShouldRejectAsync(
            Inventories.Laptop().Edited("""{ "labels": { "rack": null }, "devices[1].labels": { "model": null } }"""),
            ("labels.rack", "required"),
            ("devices[1].labels.model", "required"));
    }

    [Fact]
    public async Task Put_TooManyDeviceLabels_TooMany()
    {
        var document = Inventories.Laptop();
        document["devices"]![0]!["labels"] = new System.Text.Json.Nodes.JsonObject(
            Enumerable.Range(0, 65).Select(i => KeyValuePair.Create($"k{i}", (System.Text.Json.Nodes.JsonNode?)"v")));

        await ShouldRejectAsync(document, ("devices[0].labels", "too-many"));
    }

    [Fact]
    public async Task Put_BadIdAndBrokenRuleElsewhere_BothListed()
    {
        // The unreadable id reads as absent for the domain's rules, so the bad label of another device is still found.
        var document = Inventories.Laptop().Edited("""{ "devices[0].vendorId": "0x10d", "devices[1].labels": { "bad key": "x" } }""");

        await ShouldRejectAsync(document, ("devices[0].vendorId", "invalid-pci-id"), ("devices[1].labels.bad key", "invalid-label"));
    }
}
