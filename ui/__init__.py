"""The Streamlit app: pages and components that call the assistant service."""
