using FluentValidation;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Domain.UseCases;

namespace Placement.Api.Domains;

/// <summary>
/// A migration check or move: the body's shape (its validator), then the <see cref="RequestRules"/>
/// of the targets and devices it maps to, every violation of both in one 400.
/// </summary>
public static class MigrationFilters
{
    public sealed class Check(IValidator<MigrationCheckBody> validator) : IEndpointFilter
    {
        public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
            ValidationFilter<MigrationCheckBody, IValidator<MigrationCheckBody>>.RunAsync(validator, context, next, (body, _) =>
                body.Targets is not null && ToTargets(body.Targets) is { } targets ? Violations(RequestRules.CheckTargets(targets)) : []);
    }

    public sealed class Move(IValidator<MigrationBody> validator) : IEndpointFilter
    {
        public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
            ValidationFilter<MigrationBody, IValidator<MigrationBody>>.RunAsync(validator, context, next, (body, _) =>
                ToDevices(body.Devices) is { } devices ? Violations(RequestRules.CheckDevices(devices, "devices")) : []);
    }

    /// <summary>The targets to check; null while a host or device does not read.</summary>
    public static List<TargetQuery>? ToTargets(List<MigrationTargetBody> targets)
    {
        var queries = targets.Select(t => t is not null && HostName.TryParse(t.Host, out var host) && Readable(t.Devices)
            ? new TargetQuery(host, ToDevices(t.Devices))
            : null).ToList();
        return queries.Contains(null) ? null : queries.Select(q => q!).ToList();
    }

    /// <summary>The devices to attach; null when none were given, or while one does not read (its shape rules report it).</summary>
    public static List<DeviceRequest>? ToDevices(List<DeviceRequestBody>? devices) => Readable(devices)
        ? devices?.Select(d => new DeviceRequest(PciAddress.Parse(d.Sbdf!), d.RdmPolicy is { } p && LayoutNames.Policies.TryGetValue(p, out var policy) ? policy : null)).ToList()
        : null;

    private static bool Readable(List<DeviceRequestBody>? devices) => devices is null || devices.All(d => d is not null && PciAddress.TryParse(d.Sbdf, out _));

    private static IEnumerable<Violation> Violations(IEnumerable<InventoryViolation> violations) =>
        violations.Select(v => new Violation(v.Path, v.Code, v.Message));
}
