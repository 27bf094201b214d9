using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tsunagi.Platform.Api;

namespace Tsunagi.Web.Api.Document;

/// <summary>
/// Documents <c>page</c> and <c>pageSize</c> as the integers they are; the endpoints read them as text only to
/// answer a wrong value with a problem naming the parameter.
/// </summary>
public static class PagingParameters
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            (parameter.Description, parameter.Schema) = parameter.Name switch
            {
                "page" => ("ページ番号（1 から） / page number, from 1", Integer(1, null, 1)),
                "pageSize" => ($"1 ページの件数（最大 {ApiPaging.MaxPageSize}） / items per page, at most {ApiPaging.MaxPageSize}", Integer(1, ApiPaging.MaxPageSize, ApiPaging.DefaultPageSize)),
                _ => (parameter.Description, parameter.Schema),
            };
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Integer(int minimum, int? maximum, int defaultValue) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(CultureInfo.InvariantCulture),
        Default = JsonValue.Create(defaultValue),
    };
}
