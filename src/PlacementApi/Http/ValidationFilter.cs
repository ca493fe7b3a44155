using FluentValidation;

namespace Placement.Api.Http;

/// <summary>Runs the <see cref="IValidator{T}"/> of the endpoint's <typeparamref name="T"/> argument before its handler.</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<T>().FirstOrDefault() is not { } argument)
        {
            return await next(context);
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        return result.IsValid
            ? await next(context)
            : Problems.Validation(result.Errors.Select(e => new Violation(e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToList());
    }
}
