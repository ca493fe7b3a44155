using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Domain.XlConfig;
using static Placement.Domain.Tests.XlConfig.XlFixtures;

namespace Placement.Domain.Tests.XlConfig;

/// <summary>From an xl.cfg to the request: each setting as xl reads it, and a note for what the request does not carry.</summary>
public sealed class XlConfigImportTests
{
    [Fact]
    public void Read_CommentsInsidePciList_CommentedEntryIgnored()
    {
        var import = Imported(Text("c1-comments-in-list.cfg"));

        import.Name.ShouldBe("bench-07");
        import.Request.MemoryMiB.ShouldBe(8192UL);
        import.Request.Devices.ShouldBe([new DeviceRequest(PciAddress.Parse("0000:03:00.0"), RdmPolicy.Strict), new DeviceRequest(PciAddress.Parse("0000:05:00.0"))]);
        import.Request.Emulated.Nics.ShouldBe([NicModel.Rtl8139]);
        import.Codes().ShouldBe(["15 key-not-used"]);
    }

    [Fact]
    public void Read_ListWithoutComma_SyntaxErrorAtSecondItem()
    {
        var failure = XlConfigImport.Read(Text("c2-missing-comma.cfg")).ShouldBeOfType<XlUnreadable>().Failure;

        (failure.Line, failure.Code, failure.Expected).ShouldBe((6, "xl-config-syntax-error", "a comma or ] after a list item"));
    }

    [Fact]
    public void Read_EveryPciKey_DevicesAndNotes()
    {
        var import = Imported(Text("c3-every-pci-key.cfg"));

        import.Request.Devices.ShouldBe([
            new DeviceRequest(PciAddress.Parse("0000:0a:00.0"), RdmPolicy.Strict),
            new DeviceRequest(PciAddress.Parse("0000:0b:00.0"), RdmPolicy.Strict),
            new DeviceRequest(PciAddress.Parse("0000:0d:1f.7")),
        ]);
        import.Codes().ShouldBe([
            "6 pci-vslot-not-modelled", "6 pci-options-not-in-request", "7 pci-vslot-not-modelled",
            "8 pci-all-functions-not-supported", "9 pci-name-not-supported",
        ]);
        import.Notes[1].Message.ShouldContain("permissive=1, msitranslate=1, seize=1, power_mgmt=1");
    }

    [Fact]
    public void Read_RdmPolicyBeforeStrategy_DocumentedMeaningAndDropNote()
    {
        var import = Imported(Text("c5-rdm-host-policy.cfg"));

        (import.Request.Strategy, import.Request.GlobalPolicy).ShouldBe((RdmStrategy.Host, RdmPolicy.Strict));
        import.Codes().ShouldBe(["4 rdm-policy-dropped-by-xl"]);
    }

    [Fact]
    public void Read_SyntaxForms_ValuesAsXlReadsThem()
    {
        var import = Imported(Text("c6-syntax.cfg"));

        import.Name.ShouldBe("syn-b");
        var request = import.Request;
        (request.MemoryMiB, request.MaxMemMiB, request.VideoRamMiB, request.Emulated.Vga).ShouldBe((4096UL, 2048UL, 16UL, VgaModel.StdVga));
        request.Emulated.Nics.ShouldBe([NicModel.E1000, NicModel.Rtl8139]);
        (request.MmioHoleMiB, request.RdmMemBoundaryMiB).ShouldBe((1024UL, 3072UL));
        import.Codes().ShouldBe(["6 memory-above-maxmem", "10 key-not-used"]);
    }

    [Theory]
    [InlineData("c6-crlf.cfg", 1)]
    [InlineData("c6-final-comment.cfg", 3)]
    public void Read_LexicalTrap_UnreadableAtLine(string file, int line)
    {
        var failure = XlConfigImport.Read(Text(file)).ShouldBeOfType<XlUnreadable>().Failure;

        (failure.Line, failure.Code).ShouldBe((line, "xl-config-lexical-error"));
    }

    [Theory]
    [InlineData("rdm = \"strategy=host,policy=strict\"", RdmStrategy.Host, RdmPolicy.Strict, "rdm-policy-dropped-by-xl")]
    [InlineData("rdm = \"policy=relaxed,strategy=host\"", RdmStrategy.Host, RdmPolicy.Relaxed, "rdm-policy-dropped-by-xl")]
    [InlineData("rdm = \"policy=relaxed\"", RdmStrategy.Ignore, RdmPolicy.Relaxed, "rdm-policy-dropped-by-xl")]
    [InlineData("rdm = \"strategy=host\"", RdmStrategy.Host, null, "rdm-policy-undefined")]
    [InlineData("rdm = \"strategy=host,\"", RdmStrategy.Ignore, null, "rdm-unreadable")]
    [InlineData("rdm = \"Strategy=host\"", RdmStrategy.Ignore, null, "rdm-unreadable")]
    [InlineData("rdm = \"strategy=host,policy=Relaxed\"", RdmStrategy.Ignore, null, "rdm-unreadable")]
    [InlineData("rdm = \"\"", RdmStrategy.Ignore, null, "rdm-unreadable")]
    [InlineData("rdm = [ 'strategy=host' ]", RdmStrategy.Ignore, null, "value-wrong-kind")]
    public void Read_RdmForm_StrategyPolicyAndNote(string line, RdmStrategy strategy, RdmPolicy? policy, string code)
    {
        var import = Imported($"type = \"hvm\"\nmemory = 1024\n{line}\n");

        (import.Request.Strategy, import.Request.GlobalPolicy).ShouldBe((strategy, policy));
        import.Codes().ShouldBe([$"3 {code}"]);
    }

    [Theory]
    [InlineData("mmio_hole = 255", "mmio-hole-out-of-range")]
    [InlineData("mmio_hole = 3841", "mmio-hole-out-of-range")]
    [InlineData("mmio_hole = \"0x10g\"", "number-unreadable")]
    [InlineData("memory += 5", "number-unreadable")]
    [InlineData("vga = \"vmware\"", "value-unknown")]
    [InlineData("bios = \"rombios\"", "bios-not-supported")]
    [InlineData("passthrough = \"maybe\"", "value-unknown")]
    [InlineData("pci = [ '01:00.0, permissive=1' ]", "pci-spec-invalid")]
    [InlineData("pci = '01:00.0'", "value-wrong-kind")]
    [InlineData("pci = [ [ '01:00.0' ], '02:00.0' ]", "list-item-not-string")]
    [InlineData("vif = [ 'model=virtio-net' ]", "vif-model-not-supported")]
    [InlineData("maxvcpus = 4", "key-not-used")]
    [InlineData("type = \"pvh\"", "type-not-hvm")]
    public void Read_ValueXlRefusesOrIgnores_Note(string line, string code)
    {
        var text = line.StartsWith("type", StringComparison.Ordinal) ? $"memory = 1024\n{line}\n" : $"type = \"hvm\"\nmemory = 1024\n{line}\n";

        Imported(text).Notes.Where(n => n.Line > 1).Select(n => n.Code).ShouldBe([code]);
    }

    [Fact]
    public void Read_NoTypeNoMemory_PvNoteAndLibxlDefault()
    {
        var import = Imported("name = \"bare\"\n");

        import.Request.MemoryMiB.ShouldBe(XlConfigImport.XlDefaultMemoryMiB);
        import.Codes().ShouldBe(["1 type-not-hvm", "1 memory-missing"]);
    }

    [Fact]
    public void Read_EmulatedSettings_AsXlReadsThem()
    {
        var request = Imported("type = 'hvm'\nmemory = 2048\nstdvga = 1\nhap = 0\nbios = 'OVMF'\nxen_platform_pci = 0\npassthrough = 'sync_pt'\n" +
            "vif = [ 'type=vif,model=e1000', 'bridge=xenbr0' ]\n").Request;

        (request.Emulated.Vga, request.VideoRamMiB, request.Hap, request.Firmware).ShouldBe((VgaModel.StdVga, 16UL, false, GuestFirmware.Ovmf));
        (request.Emulated.XenPlatformPci, request.Passthrough).ShouldBe((false, (bool?)true));
        request.Emulated.Nics.ShouldBe([NicModel.Rtl8139]);
    }
}
