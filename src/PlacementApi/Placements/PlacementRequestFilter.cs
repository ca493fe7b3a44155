using FluentValidation;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Fleet;

namespace Placement.Api.Placements;

/// <summary>
/// Reads a placement body once: the settings with the plan's own validator (same fields, same
/// paths), the rest with <see cref="PlacementRequestValidator"/>, then the <see cref="PlacementRules"/>
/// of the request it maps to; every violation of the three in one 400. The handler takes the
/// request from <see cref="PlacementRequestFilter.Request"/>.
/// </summary>
public sealed class PlacementRequestFilter<TValidator>(PlanRequestValidator settings, TValidator placement) : IEndpointFilter
    where TValidator : IValidator<PlacementRequestBody>
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<PlacementRequestBody>().FirstOrDefault() is not { } body)
        {
            return await next(context);
        }

        var aborted = context.HttpContext.RequestAborted;
        var shape = (await settings.ValidateAsync(body.ToPlanBody(), aborted)).Errors.Concat((await placement.ValidateAsync(body, aborted)).Errors);
        var violations = shape.Select(e => new Violation(e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToList();
        if (body.ToRequestForRules() is { } request)
        {
            context.HttpContext.Items[PlacementRequestFilter.Key] = request;
            violations.AddRange(PlacementRules.Check(request).Select(v => new Violation(v.Path, v.Code, v.Message)));
        }

        return violations.Count == 0 ? await next(context) : Problems.Validation(violations);
    }
}

public static class PlacementRequestFilter
{
    internal static readonly object Key = new();

    public static PlacementRequest Request(HttpContext context) =>
        context.Items[Key] as PlacementRequest ?? throw new InvalidOperationException("The endpoint has no PlacementRequestFilter.");
}
