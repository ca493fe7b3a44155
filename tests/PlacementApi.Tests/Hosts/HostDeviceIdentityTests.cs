using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>A device's vendor, device and class ids, NUMA node and labels: stored as given, read back in lower-case hex.</summary>
public sealed class HostDeviceIdentityTests : ApiTest
{
    private const string Host = "xen-1";

    private static readonly string[] IdentityFields = ["vendorId", "deviceId", "classCode", "numaNode", "labels"];

    private const string NoIdentity = """{ "vendorId": null, "deviceId": null, "classCode": null, "numaNode": null, "labels": {} }""";

    [Fact]
    public async Task Put_DevicesWithIdentity_ReadBackNormalised()
    {
        var document = Inventories.Laptop().Edited("""
            { "devices[0].vendorId": "0X8086", "devices[0].deviceId": "0x9A49", "devices[0].classCode": "0x030000",
              "devices[0].numaNode": 1, "devices[0].labels": { "model": "uhd", "gen": "12" },
              "devices[1].classCode": "0x0C0330", "devices[1].numaNode": 0 }
            """);

        var created = await Client.CreateHostAsync(Host, document);
        using var get = await Client.GetHostAsync(Host);
        var read = await get.ShouldBeJsonAsync(HttpStatusCode.OK);

        read.ShouldEqualJson(created);
        Identity(read, 0).ShouldEqualJson(JsonNode.Parse("""
            { "vendorId": "0x8086", "deviceId": "0x9a49", "classCode": "0x030000", "numaNode": 1, "labels": { "gen": "12", "model": "uhd" } }
            """));
        read["devices"]![0]!["labels"]!.AsObject().Select(l => l.Key).ShouldBe(["gen", "model"]);
        Identity(read, 1).ShouldEqualJson(JsonNode.Parse("""
            { "vendorId": null, "deviceId": null, "classCode": "0x0c0330", "numaNode": 0, "labels": {} }
            """));
    }

    [Fact]
    public async Task Put_InventoryWithoutIdentity_DevicesReadWithNullsAndNoLabels()
    {
        var created = await Client.CreateHostAsync(Host, Inventories.Laptop());
        using var get = await Client.GetHostAsync(Host);
        var read = await get.ShouldBeJsonAsync(HttpStatusCode.OK);

        read.ShouldEqualJson(created);
        Identity(read, 0).ShouldEqualJson(JsonNode.Parse(NoIdentity));
        Identity(read, 1).ShouldEqualJson(JsonNode.Parse(NoIdentity));
    }

    [Fact]
    public async Task Put_ReplaceWithoutIdentity_IdentityGone()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop().Edited("""
            { "devices[0].vendorId": "0x8086", "devices[0].numaNode": 0, "devices[0].labels": { "model": "uhd" } }
            """));

        using var replace = await Client.PutHostAsync(Host, Inventories.Laptop());

        Identity(await replace.ShouldBeJsonAsync(HttpStatusCode.OK), 0).ShouldEqualJson(JsonNode.Parse(NoIdentity));
    }

    [Fact]
    public async Task Put_ArmDeviceWithIdentity_ReadBack()
    {
        var document = Inventories.Arm().Edited("""{ "devices[0].vendorId": "0x15b3", "devices[0].deviceId": "0x101d", "devices[0].numaNode": 3 }""");

        var created = await Client.CreateHostAsync("arm-1", document);

        (Identity(created, 0)["vendorId"]!.GetValue<string>(), Identity(created, 0)["numaNode"]!.GetValue<int>()).ShouldBe(("0x15b3", 3));
    }

    /// <summary>The identity fields of device <paramref name="index"/>, each present in the answer.</summary>
    private static JsonObject Identity(JsonObject host, int index)
    {
        var device = host["devices"]![index]!.AsObject();
        return new JsonObject(IdentityFields
            .Select(f => KeyValuePair.Create(f, device.TryGetPropertyValue(f, out var value) ? value?.DeepClone() : throw new ShouldAssertException($"no {f}"))));
    }
}
