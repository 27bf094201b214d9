using System.Linq.Expressions;
using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>
/// Walks a parsed condition and names the first member or method outside what conditions may use: properties of the
/// facts, <see cref="string"/> and collection counts, <see cref="Enumerable"/> and <see cref="string"/> methods.
/// System.Linq.Dynamic.Core already limits types; this makes the limit ours and testable.
/// </summary>
internal sealed class ConditionGuard : ExpressionVisitor
{
    private static readonly HashSet<Type> MemberTypes = [typeof(PersonRuleFacts), typeof(HouseholdRuleFacts), typeof(string)];

    private static readonly HashSet<string> StringMethods =
        ["Contains", "StartsWith", "EndsWith", "Equals", "op_Equality", "op_Inequality", "Compare", "CompareOrdinal", "IsNullOrEmpty", "Concat", "get_Length"];

    private string? _refused;

    public static string? FindRefused(Expression expression)
    {
        var guard = new ConditionGuard();
        guard.Visit(expression);
        return guard._refused;
    }

    public override Expression? Visit(Expression? node) => _refused is null ? base.Visit(node) : node;

    protected override Expression VisitMember(MemberExpression node)
    {
        var declaring = node.Member.DeclaringType;
        var allowed = declaring is not null
            && (MemberTypes.Contains(declaring)
                || (node.Member.Name == "Count" && declaring.IsGenericType && IsCollectionOfFacts(declaring))
                || (node.Member.Name is "HasValue" or "Value" && Nullable.GetUnderlyingType(declaring) is not null));
        Refuse(allowed, node.Member.Name);
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var allowed = (method.DeclaringType == typeof(Enumerable) && method.GetGenericArguments().All(t => t == typeof(PersonRuleFacts) || t.IsPrimitive || t == typeof(string)))
            || (method.DeclaringType == typeof(string) && StringMethods.Contains(method.Name));
        Refuse(allowed, method.Name);
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitInvocation(InvocationExpression node) => Refused(node, "Invoke");

    protected override Expression VisitNew(NewExpression node) => Refused(node, "new");

    /// <summary><c>x in ("婚姻", "離婚")</c> parses to an array of constants; any other array is refused.</summary>
    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        var element = node.Type.GetElementType();
        var constants = node.NodeType == ExpressionType.NewArrayInit
            && (element == typeof(string) || element is { IsPrimitive: true })
            && node.Expressions.All(e => e is ConstantExpression);
        return constants ? base.VisitNewArray(node) : Refused(node, "new");
    }

    protected override Expression VisitMemberInit(MemberInitExpression node) => Refused(node, "new");

    protected override Expression VisitListInit(ListInitExpression node) => Refused(node, "new");

    protected override Expression VisitConstant(ConstantExpression node)
    {
        Refuse(node.Value is null || node.Type.IsPrimitive || node.Type == typeof(string) || node.Type.IsEnum || node.Type == typeof(decimal), node.Type.Name);
        return base.VisitConstant(node);
    }

    private static bool IsCollectionOfFacts(Type type) =>
        type.GetGenericArguments() is [var item] && item == typeof(PersonRuleFacts);

    private Expression Refused(Expression node, string what)
    {
        Refuse(false, what);
        return node;
    }

    private void Refuse(bool allowed, string what)
    {
        if (!allowed && _refused is null)
        {
            _refused = what;
        }
    }

}
