using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Web.Api.Document;

/// <summary>Marks each operation that requires a permission with the OAuth scheme and that permission as its scope, and documents its 401/403 answers.</summary>
public sealed class PermissionSecurityRequirements : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var permissions = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequirePermissionAttribute>().Select(p => p.Permission).Distinct(StringComparer.Ordinal).ToList();
        if (permissions.Count == 0)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OAuthSecurityScheme.Name, context.Document)] = permissions,
        });
        operation.Responses ??= [];
        Describe(operation.Responses, "401", "認証が必要です（アクセストークンがないか無効・期限切れ） / Authentication required: no, an invalid or an expired token");
        Describe(operation.Responses, "403", $"権限がありません（必要なスコープ: {string.Join(", ", permissions)}） / Missing scope: {string.Join(", ", permissions)}");
        return Task.CompletedTask;
    }

    private static void Describe(OpenApiResponses responses, string status, string description)
    {
        if (responses.TryGetValue(status, out var response) && response is OpenApiResponse existing)
        {
            existing.Description = description;
            return;
        }

        responses[status] = new OpenApiResponse { Description = description };
    }
}
