using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Contract;

/// <summary>
/// Checks every answer a test receives against the service's own OpenAPI document: the status must be
/// documented for the operation and the body must fit its schema. A mismatch throws, which fails the
/// test with the operation, the status and the schema's errors: the document can never drift again.
/// </summary>
public sealed class OpenApiContractHandler : DelegatingHandler
{
    // The document is the same for every service the tests start (it is built from code only): read once.
    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static OpenApiContract? contract;

    internal static async Task<OpenApiContract> ContractAsync(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        if (contract is { } loaded)
        {
            return loaded;
        }

        await Loading.WaitAsync(cancellationToken);
        try
        {
            if (contract is null)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost" + OpenApiContract.DocumentPath));
                using var response = await send(request, cancellationToken);
                response.EnsureSuccessStatusCode();
                contract = new OpenApiContract(JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!);
            }

            return contract;
        }
        finally
        {
            Loading.Release();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var document = await ContractAsync(base.SendAsync, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var problem = document.Check(
            request.Method.Method, request.RequestUri!.AbsolutePath, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        if (problem is not null)
        {
            throw new OpenApiContractException(problem);
        }

        return response;
    }
}

/// <summary>An answer the OpenAPI document does not describe.</summary>
public sealed class OpenApiContractException(string message) : Exception(message);
