namespace Placement.Agent;

/// <summary>The command line: what to read (<see cref="Root"/>, <see cref="XlInfo"/>) and where to send it.</summary>
internal sealed record AgentOptions(string Root, string? XlInfo, string? Host, Uri? Service, bool Put, bool Help)
{
    public const string Usage = """
        Usage: placement-agent [--root <folder>] [--xl-info <file>] [--host <name> --service <url> --put]

        Reads this host's PCI devices (sys/bus/pci/devices), IOMMU and RMRRs (sys/class/iommu,
        sys/firmware/acpi/tables/DMAR), memory (proc/meminfo, or xl info's total_memory) and CPU
        (proc/cpuinfo) under --root, and prints the inventory JSON that PUT /v1/hosts/<name> accepts.

          --root <folder>    read every file under this folder instead of / (a copied tree)
          --xl-info <file>   the output of `xl info` on a Xen host (a path of its own, not under
                             --root): its total_memory (MiB) is the host's RAM (dom0's meminfo is
                             not), virt_caps hvm_directio says whether it has an IOMMU
          --host <name>      the host's name in the service (required with --put)
          --service <url>    the service's base URL, e.g. http://127.0.0.1:5080 (required with --put)
          --put              PUT the inventory instead of printing it (If-Match the current
                             generation, or If-None-Match: * for a new host)
          --help             print this text

        With --put, the environment variable PLACEMENT_TOKEN is sent as the bearer token (roles
        reader and operator: scripts/token.sh reader,operator for a service run by scripts/run.sh).

        Exit codes: 0 done, 2 usage, 3 a file cannot be read, 4 the service refused or is unreachable,
        5 not an x86_64 host.
        """;

    /// <summary>The options, or a message saying what is wrong with the command line.</summary>
    public static (AgentOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var root = "/";
        string? xlInfo = null, host = null, service = null;
        bool put = false, help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--help" or "-h": help = true; continue;
                case "--put": put = true; continue;
                case "--root" or "--xl-info" or "--host" or "--service" when value is null || value.StartsWith("--", StringComparison.Ordinal):
                    return (null, $"{args[i]} needs a value.");
                case "--root": root = value!; break;
                case "--xl-info": xlInfo = value!; break;
                case "--host": host = value!; break;
                case "--service": service = value!; break;
                default: return (null, $"Unknown argument '{args[i]}'.");
            }

            i++;
        }

        Uri? url = null;
        if (service is not null && (!Uri.TryCreate(service, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
        {
            return (null, $"--service '{service}' is not an http(s) URL.");
        }

        if (put && (host is null || url is null))
        {
            return (null, "--put needs --host and --service.");
        }

        return (new AgentOptions(root, xlInfo, host, url, put, help), null);
    }
}
