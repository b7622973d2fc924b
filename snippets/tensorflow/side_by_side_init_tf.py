"""TensorFlow: a tf.Variable whose initial value comes from GlorotNormal."""
import tensorflow as tf
from tensorflow.keras import initializers

num_features, num_factors = 1000, 500  # large, so that the statistics are sharp
v_tf = tf.Variable(
    initial_value=initializers.GlorotNormal(seed=0)(shape=(num_features, num_factors)),
    trainable=True,
    dtype=tf.float32,
)
print(v_tf.shape, v_tf.trainable)
