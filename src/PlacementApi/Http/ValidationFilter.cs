using FluentValidation;

namespace Placement.Api.Http;

/// <summary>Runs the <see cref="IValidator{T}"/> of the endpoint's <typeparamref name="T"/> argument before its handler.</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        ValidationFilter<T, IValidator<T>>.RunAsync(validator, context, next);
}

/// <summary>Runs a particular validator of <typeparamref name="T"/>: for an endpoint whose rules go beyond the type's own.</summary>
public sealed class ValidationFilter<T, TValidator>(TValidator validator) : IEndpointFilter
    where TValidator : IValidator<T>
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) => RunAsync(validator, context, next);

    /// <summary>
    /// The shape first, then what <paramref name="meaning"/> finds in the values (the domain's rules
    /// on what the argument maps to): every violation of both in one 400.
    /// </summary>
    internal static async ValueTask<object?> RunAsync(
        IValidator<T> validator, EndpointFilterInvocationContext context, EndpointFilterDelegate next, Func<T, HttpContext, IEnumerable<Violation>>? meaning = null)
    {
        if (context.Arguments.OfType<T>().FirstOrDefault() is not { } argument)
        {
            return await next(context);
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        var violations = result.Errors.Select(e => new Violation(e.PropertyName, e.ErrorCode, e.ErrorMessage))
            .Concat(meaning?.Invoke(argument, context.HttpContext) ?? [])
            .ToList();
        return violations.Count == 0 ? await next(context) : Problems.Validation(violations);
    }
}
