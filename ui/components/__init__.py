"""Rendering of answers, sources, figures and tables; pure functions are testable without Streamlit."""
