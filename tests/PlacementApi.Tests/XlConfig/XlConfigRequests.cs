using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.XlConfig;

internal static class XlConfigRequests
{
    public const string ImportPath = "/v1/imports/xl-config";

    public static Task<HttpResponseMessage> PostXlConfigAsync(this HttpClient client, string text, string mediaType = "text/plain") =>
        client.PostAsync(ImportPath, new StringContent(text, Encoding.UTF8, mediaType));

    /// <summary>Imports the xl.cfg; fails unless the answer is 200.</summary>
    public static async Task<JsonObject> ImportXlConfigAsync(this HttpClient client, string text)
    {
        using var response = await client.PostXlConfigAsync(text);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The text/plain body of a GET that must answer 200.</summary>
    public static async Task<string> ReadTextAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        return text;
    }
}
