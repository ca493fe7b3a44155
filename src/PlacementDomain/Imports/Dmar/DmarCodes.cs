namespace Placement.Domain.Imports;

/// <summary>The stable codes of the DMAR readers' failures and warnings (binary, iasl text, acpidump).</summary>
public static class DmarCodes
{
    // Failures: the table cannot be read.
    public const string Truncated = "dmar-truncated";
    public const string Signature = "dmar-signature";
    public const string TableLength = "dmar-table-length";
    public const string SubtableLength = "dmar-subtable-length";
    public const string ScopeLength = "dmar-scope-length";
    public const string PciPath = "dmar-pci-path";
    public const string HostAddressWidth = "dmar-host-address-width";
    public const string RmrrLimitBelowBase = "dmar-rmrr-limit-below-base";
    public const string RmrrLimitOverflow = "dmar-rmrr-limit-overflow";
    public const string RmrrOverlap = "dmar-rmrr-overlap";
    public const string IaslField = "iasl-field";
    public const string IaslIncomplete = "iasl-incomplete";
    public const string AcpidumpNoDmar = "acpidump-no-dmar";
    public const string AcpidumpLine = "acpidump-line";
    public const string AcpidumpOffset = "acpidump-offset";

    // Warnings: read, with something a person should know.
    public const string Checksum = "dmar-checksum";
    public const string TrailingBytes = "dmar-trailing-bytes";
    public const string UnknownSubtable = "dmar-unknown-subtable";
    public const string RmrrScopeSkipped = "dmar-rmrr-scope-skipped";
    public const string RmrrUnaligned = "dmar-rmrr-unaligned";
    public const string RmrrEmpty = "dmar-rmrr-empty";
}
