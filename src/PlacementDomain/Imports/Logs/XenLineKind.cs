namespace Placement.Domain.Imports;

/// <summary>What a line of <c>xl dmesg</c> says, as far as RMRRs and memory go.</summary>
internal enum XenLineKind
{
    Other,
    Header,
    Endpoint,
    Bridge,

    /// <summary>The range line proper: <c>RMRR region: base_addr a end_addr b</c> or <c>RMRR: [a,b]</c>.</summary>
    Range,

    /// <summary>A warning before the endpoints with the inclusive range: the RMRR is not in E820-reserved memory.</summary>
    NotReserved,

    /// <summary>Xen 4.19+: <c>RMRR: [0xa, 0xb] is not (entirely) in reserved memory</c>, b being the last page's start.</summary>
    NotReservedLastPage,

    /// <summary>The same warning in its first form (staging before 4.19): <c>RMRR: [0xa ,0xb]</c> in page frame numbers.</summary>
    NotReservedFrames,
    NonExistentDevice,
    Ignored,
    Incorrect,
    Overlapping,
    UserRmrr,
    SystemRam,
}
