"""Topics and the claim graph."""
from .build import build_graph, write_graphml
from .terms import Terms, token_keys
from .topics import TopicLexicon, TopicMatch, assign_topics, jaccard

__all__ = ["build_graph", "write_graphml", "Terms", "token_keys", "TopicLexicon", "TopicMatch",
           "assign_topics", "jaccard"]
