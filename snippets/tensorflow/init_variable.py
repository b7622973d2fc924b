"""A trainable tf.Variable whose initial value is drawn by the Glorot (Xavier) normal initializer."""
import tensorflow as tf
from tensorflow.keras import initializers

num_features, num_factors = 5, 3
v = tf.Variable(
    initial_value=initializers.GlorotNormal(seed=0)(shape=(num_features, num_factors)),
    trainable=True,  # the default
    dtype=tf.float32,
)
print(v.shape, v.dtype.name, v.trainable)
print(v.numpy().round(4))
