namespace Placement.Domain.UseCases;

/// <summary>
/// What destroying a domain comes to. Destroy releases its devices (free for any domain) and its
/// static banks (free again for direct-mapped domains, out of the heap until the host reboots), and
/// the domain stays readable as destroyed. Nothing in what it holds can stop it, so the write does
/// it in one statement without loading the domain; destroying a destroyed domain changes nothing.
/// </summary>
public enum DestroyOutcome
{
    Destroyed,

    DomainNotFound,
}
