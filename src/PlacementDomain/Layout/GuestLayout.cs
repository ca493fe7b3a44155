namespace Placement.Domain.Layout;

/// <summary>
/// The layout a domain keeps for life: an x86 HVM layout (<see cref="DomainLayout"/>) or an arm64
/// one (<see cref="Arm.ArmLayout"/>).
/// </summary>
public abstract record GuestLayout;
