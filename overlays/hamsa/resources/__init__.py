"""The hand-written resources of hamsa.Hamsa: one agent, snake_case arguments, typed results."""
