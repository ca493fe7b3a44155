namespace Placement.Domain.XlConfig;

/// <summary>The stable codes of an import's notes: what the request does not carry, or where xl differs from its documentation.</summary>
public static class XlNotes
{
    public const string KeyNotUsed = "key-not-used";
    public const string RdmPolicyDroppedByXl = "rdm-policy-dropped-by-xl";
    public const string RdmPolicyUndefined = "rdm-policy-undefined";
    public const string RdmUnreadable = "rdm-unreadable";
    public const string NumberUnreadable = "number-unreadable";
    public const string WrongKind = "value-wrong-kind";
    public const string ValueUnknown = "value-unknown";
    public const string MmioHoleOutOfRange = "mmio-hole-out-of-range";
    public const string TypeNotHvm = "type-not-hvm";
    public const string MemoryMissing = "memory-missing";
    public const string MemoryAboveMaxmem = "memory-above-maxmem";
    public const string BiosNotSupported = "bios-not-supported";
    public const string ListItemNotString = "list-item-not-string";
    public const string PciSpecInvalid = "pci-spec-invalid";
    public const string PciNameNotSupported = "pci-name-not-supported";
    public const string PciAllFunctionsNotSupported = "pci-all-functions-not-supported";
    public const string PciVslotNotModelled = "pci-vslot-not-modelled";
    public const string PciOptionsNotInRequest = "pci-options-not-in-request";
    public const string VifModelNotSupported = "vif-model-not-supported";
}
