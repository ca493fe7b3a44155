namespace Placement.Domain.Layout;

/// <summary>What happens to a reserved-device-memory conflict that cannot be avoided.</summary>
public enum RdmPolicy
{
    /// <summary>The conflict is an error: the domain is not created, the device not attached.</summary>
    Strict,

    /// <summary>The conflict is a warning: the range stays guest RAM and the device may misbehave.</summary>
    Relaxed,
}

/// <summary>Which host RDMs a domain reserves beyond those of its own devices.</summary>
public enum RdmStrategy
{
    /// <summary>Only the RDMs of the devices assigned to the domain.</summary>
    Ignore,

    /// <summary>Every RDM of the host, preparing the domain for any later hotplug.</summary>
    Host,

    /// <summary>Ranges the request lists, with the global policy (beyond Xen, §7).</summary>
    Explicit,

    /// <summary>The union of the RDMs of a set of hosts, preparing the domain to move among them (beyond Xen, §7).</summary>
    Pool,
}

/// <summary>Why an RDM entry is in a domain's list: the strategy (host, explicit, pool), or an assigned device's scope.</summary>
public enum RdmSource
{
    Host,
    Device,
    Explicit,
    Pool,
}

/// <summary>Whether an RDM entry is reserved in the guest, or dropped after a relaxed conflict (it stays RAM).</summary>
public enum RdmStatus
{
    Reserved,
    Dropped,
}

/// <summary>The guest firmware; it decides where the BIOS area of the final E820 starts.</summary>
public enum GuestFirmware
{
    SeaBios,
    Ovmf,
}
