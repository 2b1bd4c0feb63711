public enum StatusgenCorePlaceholder {}
