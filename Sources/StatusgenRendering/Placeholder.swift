public enum StatusgenRenderingPlaceholder {}
