namespace Tsunagi.Residents.Contracts;

public enum RegisterSex
{
    Male = 1,
    Female = 2,
}
