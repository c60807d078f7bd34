"""What is specific to news pages (datelines, outlet boilerplate), as data beside the code."""
