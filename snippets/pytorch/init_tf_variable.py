"""In TensorFlow, a tf.Variable attribute plays the role of nn.Parameter."""
import tensorflow as tf
from tensorflow.keras import initializers


class FM(tf.Module):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.v = tf.Variable(
            initializers.GlorotNormal(seed=0)(shape=(num_features, num_factors)),
            trainable=True, name="v")


model = FM(5, 3)
print([(v.name, tuple(v.shape), v.dtype.name) for v in model.trainable_variables])
