namespace Placement.Agent;

/// <summary>The agent's exit codes; README.md ("Register a real host") lists them too.</summary>
internal enum ExitCode
{
    Ok = 0,

    /// <summary>The command line is wrong; the usage is printed.</summary>
    Usage = 2,

    /// <summary>A file under the root is missing or cannot be read (meminfo, cpuinfo, xl info, a device's sysfs file, the DMAR table).</summary>
    UnreadableInput = 3,

    /// <summary>The service refused the inventory (its problem body is printed) or could not be reached.</summary>
    ServiceRefused = 4,

    /// <summary>The host is not one the agent registers (an arm64 host: its inventory needs the arm section).</summary>
    UnsupportedHost = 5,
}
