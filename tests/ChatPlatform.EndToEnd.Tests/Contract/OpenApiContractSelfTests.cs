using System.Text;

namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>The checker itself, on a small document and made-up answers: it must refuse what the document does not allow.</summary>
public sealed class OpenApiContractSelfTests
{
    private static readonly JsonObject Document = JsonNode.Parse("""
        { "paths": { "/things/{id}": { "get": { "responses": {
            "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
            "404": { "$ref": "#/components/responses/NotFound" } } } } },
          "components": {
            "responses": { "NotFound": { "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } } },
            "schemas": {
              "Thing": { "type": "object", "required": ["id", "count"], "properties": {
                "id": { "type": "string", "format": "uuid" }, "count": { "type": "integer" }, "note": { "type": ["string", "null"] } } },
              "Problem": { "type": "object", "required": ["code"], "properties": { "code": { "type": "string" } } } } } }
        """)!.AsObject();

    [Fact]
    public void An_answer_the_document_allows_passes()
    {
        var contract = new OpenApiContract(Document);

        contract.Check(200, "application/json", Bytes($$"""{"id":"{{Guid.NewGuid()}}","count":3,"note":null}"""), "GET", "/things/{id}");
        contract.Check(404, "application/problem+json", Bytes("""{"code":"not_found"}"""), "GET", "/things/{id}");

        Assert.Empty(contract.Mismatches);
        Assert.Empty(contract.Unanswered(problem: false));
        Assert.Empty(contract.Unanswered(problem: true));
    }

    [Fact]
    public void Each_kind_of_difference_is_a_mismatch()
    {
        var contract = new OpenApiContract(Document);

        contract.Check(500, "application/problem+json", Bytes("""{"code":"internal_error"}"""), "GET", "/things/{id}");
        contract.Check(200, "text/html", Bytes("<html/>"), "GET", "/things/{id}");
        contract.Check(200, "application/json", Bytes($$"""{"id":"{{Guid.NewGuid()}}","count":"3"}"""), "GET", "/things/{id}");
        contract.Check(200, "application/json", Bytes("""{"id":"not-a-uuid","count":3}"""), "GET", "/things/{id}");
        contract.Check(404, "application/problem+json", Bytes("""{"title":"no code"}"""), "GET", "/things/{id}");
        contract.Check(200, "application/json", Bytes("{}"), "GET", "/unknown");

        Assert.Collection(contract.Mismatches,
            m => Assert.Contains("status 500 is not documented", m),
            m => Assert.Contains("Content-Type text/html is not one of application/json", m),
            m => Assert.Contains("/count", m),
            m => Assert.Contains("/id", m),
            m => Assert.Contains("does not match its schema", m),
            m => Assert.Contains("not in the document", m));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
