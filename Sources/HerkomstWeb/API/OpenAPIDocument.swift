import Hummingbird

/// `GET /v1/openapi.json`: the contract of the `/v1` API, public and readable from any origin
/// (Dutch API Design Rules: the specification is published with `Access-Control-Allow-Origin: *`).
struct OpenAPIDocument {
    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("openapi.json") { _, _ -> Response in
            Response(status: .ok,
                     headers: [.contentType: "application/json", .accessControlAllowOrigin: "*"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: Self.json)))
        }
    }

    static let json = """
    {
      "openapi": "3.0.3",
      "info": {
        "title": "Herkomst API",
        "description": "Register van camera's, sensoren en netwerkapparatuur in de openbare ruimte, met hun herkomst.",
        "version": "\(HerkomstAPI.version)",
        "contact": {"name": "Herkomst"},
        "license": {"name": "EUPL-1.2", "url": "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12"}
      },
      "servers": [{"url": "/v1"}],
      "paths": {
        "/apparaten": {
          "get": {
            "operationId": "apparatenZoeken",
            "summary": "Apparaten zoals het register ze op de peildatum kende",
            "parameters": [
              {"name": "organisatie", "in": "query", "schema": {"type": "string"}, "description": "slug van de eigenaar"},
              {"name": "klasse", "in": "query", "schema": {"$ref": "#/components/schemas/Klasse"}},
              {"name": "merk", "in": "query", "schema": {"type": "string"}, "description": "merk op het apparaat of de vastgestelde fabrikant"},
              {"name": "land", "in": "query", "schema": {"type": "string", "pattern": "^[A-Za-z]{2}$"}},
              {"name": "hoogRisico", "in": "query", "schema": {"type": "boolean"}},
              {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}},
              {"name": "peildatum", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
              {"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}}
            ],
            "responses": {
              "200": {"description": "Een pagina apparaten", "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}},
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApparatenLijst"}}}},
              "400": {"$ref": "#/components/responses/OngeldigeInvoer"}
            }
          }
        },
        "/apparaten/{id}": {
          "get": {
            "operationId": "apparaatOphalen",
            "parameters": [
              {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
              {"name": "peildatum", "in": "query", "schema": {"type": "string", "format": "date"}}
            ],
            "responses": {
              "200": {"description": "Het apparaat", "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}},
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Apparaat"}}}},
              "400": {"$ref": "#/components/responses/OngeldigeInvoer"},
              "404": {"description": "Niet gevonden", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Probleem"}}}}
            }
          }
        },
        "/importen": {
          "post": {
            "operationId": "importeren",
            "summary": "Lees apparaten in (alles of niets; proefdraai toont wat er zou gebeuren)",
            "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {
              "type": "object", "required": ["bestand"],
              "properties": {
                "bestand": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "formaat": {"type": "string"},
                "organisatie": {"type": "string"},
                "proefdraai": {"type": "boolean"}
              }}}}},
            "responses": {
              "200": {"description": "Proefdraai: wat er zou gebeuren"},
              "201": {"description": "Opgeslagen"},
              "400": {"$ref": "#/components/responses/OngeldigeInvoer"},
              "422": {"description": "Regels afgewezen; niets opgeslagen", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Probleem"}}}}
            }
          }
        }
      },
      "components": {
        "headers": {"API-Version": {"schema": {"type": "string"}, "description": "Volledige versie van de API"}},
        "responses": {
          "OngeldigeInvoer": {"description": "Ongeldige invoer", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Probleem"}}}}
        },
        "schemas": {
          "Klasse": {"type": "string", "enum": ["camera", "nvr", "sensor", "switch", "router", "firewall", "accesspoint", "gateway", "controller", "overig"]},
          "Status": {"type": "string", "enum": ["gepland", "actief", "verwijderd"]},
          "Probleem": {"type": "object", "properties": {
            "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
            "detail": {"type": "string"}, "instance": {"type": "string"},
            "invalidParams": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "reason": {"type": "string"}}}}}},
          "Leverancier": {"type": "object", "nullable": true, "properties": {"id": {"type": "string"}, "naam": {"type": "string"}, "land": {"type": "string", "nullable": true}}},
          "Herkomst": {"type": "object", "nullable": true, "properties": {
            "fabrikant": {"$ref": "#/components/schemas/Leverancier"},
            "merk": {"type": "string", "nullable": true},
            "moederbedrijf": {"$ref": "#/components/schemas/Leverancier"},
            "landVanHerkomst": {"type": "string", "nullable": true},
            "klasse": {"type": "string", "nullable": true},
            "model": {"type": "string", "nullable": true},
            "hoogRisico": {"type": "boolean", "nullable": true},
            "risicogrondslag": {"type": "array", "items": {"type": "object"}},
            "zekerheid": {"type": "number"},
            "bewijs": {"type": "array", "items": {"type": "object"}},
            "tegenstrijdigheden": {"type": "array", "items": {"type": "string"}}}},
          "Apparaat": {"type": "object", "required": ["id", "klasse", "eigenaar", "status"], "properties": {
            "id": {"type": "string"}, "klasse": {"$ref": "#/components/schemas/Klasse"},
            "merk": {"type": "string", "nullable": true}, "model": {"type": "string", "nullable": true},
            "eigenaar": {"type": "string"}, "beheerder": {"type": "string", "nullable": true},
            "status": {"$ref": "#/components/schemas/Status"},
            "geplaatst": {"type": "string", "format": "date", "nullable": true},
            "verwijderd": {"type": "string", "format": "date", "nullable": true},
            "locatie": {"type": "object", "nullable": true, "properties": {"type": {"type": "string"}, "coordinates": {"type": "array", "items": {"type": "number"}}}},
            "herkomst": {"$ref": "#/components/schemas/Herkomst"}}},
          "ApparatenLijst": {"type": "object", "properties": {
            "apparaten": {"type": "array", "items": {"$ref": "#/components/schemas/Apparaat"}},
            "totaal": {"type": "integer"}, "peildatum": {"type": "string", "format": "date"},
            "links": {"type": "object"}}}
        }
      }
    }
    """
}
