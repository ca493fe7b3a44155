using FluentValidation;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Layout;

namespace Placement.Api.Domains;

/// <summary>A create is a plan request with a name: a domain is always named (xl's name).</summary>
public sealed class CreateDomainValidator : AbstractValidator<PlanRequestBody>
{
    public CreateDomainValidator(PlanRequestValidator plan)
    {
        Include(plan);
        RuleFor(b => b.Name).Required();
    }
}

/// <summary>The device of a hotplug.</summary>
public sealed class DeviceRequestValidator : AbstractValidator<DeviceRequestBody>
{
    public DeviceRequestValidator()
    {
        RuleFor(d => d.Sbdf).Required().PciAddressText();
        RuleFor(d => d.RdmPolicy).OneOf(LayoutNames.Policies.Keys);
    }
}
