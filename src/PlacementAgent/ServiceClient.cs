using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Placement.Agent;

/// <summary>
/// Writes an inventory to the service: a GET first for the host's generation, then the PUT with
/// <c>If-Match</c> that generation (or <c>If-None-Match: *</c> for a new host), so that an edit
/// made meanwhile by someone else is refused (412) instead of overwritten. The host's labels and
/// its devices' descriptions and labels from that GET are kept (<see cref="OperatorFields"/>).
/// </summary>
internal sealed class ServiceClient(HttpClient http)
{
    /// <summary>The service's answer on success; <see cref="AgentFailure"/> with its problem body otherwise.</summary>
    public async Task<SavedHost> PutAsync(Uri service, string host, InventoryDocument inventory, CancellationToken cancellationToken)
    {
        // A base without its final slash would lose its last path segment (http://x/placement -> http://x/v1/...).
        var root = service.AbsoluteUri.EndsWith('/') ? service : new Uri(service.AbsoluteUri + "/");
        var url = new Uri(root, $"v1/hosts/{Uri.EscapeDataString(host)}");
        try
        {
            var current = await CurrentAsync(url, cancellationToken);
            var body = (current is { } known ? inventory.With(OperatorFields.Read(known.Body)) : inventory).ToJson();
            using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (current is { ETag: var etag })
            {
                put.Headers.IfMatch.Add(etag);
            }
            else
            {
                put.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
            }

            using var response = await http.SendAsync(put, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? new SavedHost(response.StatusCode == HttpStatusCode.Created, response.Headers.ETag?.Tag.Trim('"'), answer)
                : throw new AgentFailure(ExitCode.ServiceRefused, $"PUT {url} answered {(int)response.StatusCode} {response.ReasonPhrase}:\n{answer}");
        }
        catch (HttpRequestException e)
        {
            throw new AgentFailure(ExitCode.ServiceRefused, $"Cannot reach {url}: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new AgentFailure(ExitCode.ServiceRefused, $"GET {url} did not answer a host's JSON: {e.Message}");
        }
    }

    /// <summary>The host's ETag and JSON, or null when the service does not have the host (404).</summary>
    private async Task<(EntityTagHeaderValue ETag, string Body)?> CurrentAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return response is { IsSuccessStatusCode: true, Headers.ETag: { } etag }
            ? (etag, await response.Content.ReadAsStringAsync(cancellationToken))
            : throw new AgentFailure(ExitCode.ServiceRefused,
                $"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase} without a usable ETag:\n{await response.Content.ReadAsStringAsync(cancellationToken)}");
    }
}

/// <summary>A successful PUT: whether the host was new, its generation (the ETag without quotes) and the service's answer body.</summary>
internal sealed record SavedHost(bool Created, string? Generation, string Body);
