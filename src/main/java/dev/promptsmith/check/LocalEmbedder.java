package dev.promptsmith.check;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/** Sentence embeddings on this machine (all-MiniLM-L6-v2 from LangChain4j), loaded on first use. */
public final class LocalEmbedder implements Embedder {

    private volatile EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        return model().embed(text.isBlank() ? " " : text).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
