namespace Tsunagi.Residents.Domain;

/// <summary>The form was made from a version of the record that another change has since replaced; nothing was written.</summary>
public sealed class StaleFormException() : Exception("The record changed since the form was opened.");
