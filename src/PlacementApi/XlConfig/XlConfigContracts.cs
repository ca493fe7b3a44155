using System.ComponentModel;
using Placement.Api.Plans;

namespace Placement.Api.XlConfig;

[Description("What an xl.cfg asks for: the request POST /v1/hosts/{host}/plans and POST /v1/hosts/{host}/domains take (every default " +
    "filled in; for POST /v1/domains, deviceRequests and hosts in place of devices), and notes on what it does not carry and where current xl " +
    "differs from its documentation.")]
public sealed record XlConfigImportResponse(
    [property: Description("The plan/create request, as the service would show it for a domain created from it.")] PlanRequestBody Request,
    [property: Description("In line order: keys the service does not use, values xl refuses or ignores, pci options the request has no field for, and xl's rdm= quirks.")]
        IReadOnlyList<XlConfigNoteResponse> Notes);

public sealed record XlConfigNoteResponse(
    [property: Description("Stable code: key-not-used, rdm-policy-dropped-by-xl, rdm-policy-undefined, rdm-unreadable, number-unreadable, value-wrong-kind, " +
        "value-unknown, mmio-hole-out-of-range, type-not-hvm, memory-missing, memory-above-maxmem, bios-not-supported, list-item-not-string, " +
        "pci-spec-invalid, pci-name-not-supported, pci-all-functions-not-supported, pci-vslot-not-modelled, pci-options-not-in-request or vif-model-not-supported.")]
        string Code,
    string Message,
    [property: Description("The 1-based line of the xl.cfg the note is about.")] int? Line);
