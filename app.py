"""gwangye explorer (Streamlit). Placeholder until the app issue lands."""

import streamlit as st

st.set_page_config(page_title="gwangye 관계", layout="wide")
st.title("gwangye 관계")
st.info("The explorer is being built.")
